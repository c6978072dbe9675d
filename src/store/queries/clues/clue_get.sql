SELECT id, number, number_year, number_seq, source, category, matter, received_date, state, disposition,
       proposed_disposition, proposal_is_escalation, approvals_done, disposition_stage_start_date,
       disposition_proposed_date, disposition_approved_date, inquiry_sent_date, inquiry_replied_date,
       verification_started_date, verification_extensions, outcome_submitted_date, closed_date,
       outcome_conclusion, outcome_summary, version, created_at, updated_at
FROM clues WHERE id = ?
