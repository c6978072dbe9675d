-- Drafted answers awaiting approval, except those about the given person (the approver's own).
SELECT COUNT(*) AS n FROM opinion_answers o WHERE o.status = 'drafted' AND o.person_id <> ?
