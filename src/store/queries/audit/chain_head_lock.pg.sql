SELECT last_seq, last_hash, keyed_from_seq, keyed_mark FROM audit_chain_head WHERE id = 1 FOR UPDATE
