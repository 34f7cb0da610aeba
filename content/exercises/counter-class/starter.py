class {{cls}}:
    pass
