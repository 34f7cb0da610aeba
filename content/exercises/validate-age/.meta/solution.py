def check_age(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be a whole number, got {age!r}")
    if age < 0 or age > {{max_age}}:
        raise ValueError(f"age must be between 0 and {{max_age}}, got {age}")
    return age
