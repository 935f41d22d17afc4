"""The archive area: file lists, storage units, inventory, transfer and destruction acts."""
