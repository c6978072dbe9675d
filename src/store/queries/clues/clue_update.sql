-- Optimistic concurrency: changes the row only at the version the caller loaded.
UPDATE clues SET source = ?, category = ?, matter = ?, received_date = ?, state = ?, disposition = ?,
                 proposed_disposition = ?, proposal_is_escalation = ?, approvals_done = ?,
                 disposition_stage_start_date = ?, disposition_proposed_date = ?, disposition_approved_date = ?,
                 inquiry_sent_date = ?, inquiry_replied_date = ?, verification_started_date = ?,
                 verification_extensions = ?, outcome_submitted_date = ?, closed_date = ?, outcome_conclusion = ?,
                 outcome_summary = ?, version = version + 1, updated_at = ?
WHERE id = ? AND version = ?
