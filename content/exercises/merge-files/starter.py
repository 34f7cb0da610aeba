def merge_sorted(path_a, path_b, out_path):
    pass
