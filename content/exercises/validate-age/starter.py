def check_age(age):
    return age
