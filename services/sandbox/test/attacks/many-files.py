# expect-status: ok error
files = []
try:
    for i in range(10000):
        files.append(open(f'f{i}', 'w'))
except OSError:
    pass
if len(files) > 100:
    print("ESCAPED", len(files))
