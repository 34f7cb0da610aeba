def check_age(age):
    if age < 0 or age > 130:
        raise ValueError(f"age must be between 0 and 130, not {age}")
    return age
