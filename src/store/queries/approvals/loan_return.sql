UPDATE approval_loans SET returned_on = ?, returned_by = ? WHERE id = ? AND returned_on IS NULL
