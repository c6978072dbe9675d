-- The open loans of a trip become due the configured days after its actual return.
UPDATE approval_loans SET due_on = ? WHERE request_id = ? AND returned_on IS NULL
