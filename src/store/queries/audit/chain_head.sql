SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1
