UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1
