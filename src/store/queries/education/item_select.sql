-- Items with the counts of the assignments the reader may see (condition over alias a
-- spliced twice) and the reader's own assignment (person id bound twice). Callers
-- splice the condition over alias i and the order and paging.
SELECT i.id, i.kind, i.number, i.year, i.title, i.body, i.category, i.rules_broken, i.lessons, i.source,
       i.published_on, i.audience, i.created_at,
       (SELECT COUNT(*) FROM education_assignments a WHERE a.item_id = i.id AND /*ASCOPE*/) AS assigned,
       (SELECT COUNT(*) FROM education_assignments a WHERE a.item_id = i.id AND a.confirmed_at IS NOT NULL
          AND /*ASCOPE*/) AS confirmed,
       (SELECT COUNT(*) FROM education_assignments m WHERE m.item_id = i.id AND m.person_id = ?) AS mine,
       (SELECT m.confirmed_at FROM education_assignments m WHERE m.item_id = i.id AND m.person_id = ?) AS my_confirmed_at
FROM education_items i
WHERE /*WHERE*/
/*TAIL*/
