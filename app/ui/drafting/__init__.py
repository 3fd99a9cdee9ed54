"""The secure drafting workspace (soạn thảo): editor, draft storage calls, finishing and printing."""
