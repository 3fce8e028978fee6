"""The installer's (field) views: camera, scan input, outcome banner, device, master data, actions, session."""
