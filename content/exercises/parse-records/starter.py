def parse_records(records):
    pass
