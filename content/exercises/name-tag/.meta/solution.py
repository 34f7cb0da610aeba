def name_tag(name, role="{{role}}"):
    return f"{name} [{role}]"
