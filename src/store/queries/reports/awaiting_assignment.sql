-- Reports received and not yet assigned to a handler (message centre).
SELECT id, register_number FROM reports WHERE status = 'received' ORDER BY id
