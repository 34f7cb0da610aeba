def report(in_path, out_path):
    pass
