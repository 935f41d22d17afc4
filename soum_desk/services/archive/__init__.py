"""Archive (архив): file lists, storage units, inventories and acts."""
