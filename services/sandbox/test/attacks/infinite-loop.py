# expect-status: timeout
while True:
    pass
