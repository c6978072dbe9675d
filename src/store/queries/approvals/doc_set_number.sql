UPDATE approval_documents SET number_sealed = ? WHERE id = ?
