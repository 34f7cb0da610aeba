def name_tag(name, role):
    # Give role the default value "{{role}}", then return the tag text.
    pass
