def parse_records(records):
    people = {}
    errors = []
    for number, record in enumerate(records, start=1):
        try:
            name, age = record.split(":")
            people[name.strip()] = int(age)
        except ValueError:
            errors.append(number)
    return people, errors
