# expect-status: memory
x = []
while True:
    x.append(' ' * 10_000_000)
