-- The sealed bad value of a data-quality row.
UPDATE findings_data_quality SET value_sealed = ? WHERE id = ?
