SELECT u.name FROM units u ORDER BY u.id
