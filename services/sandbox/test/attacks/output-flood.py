# expect-status: output-limit
while True:
    print('spam' * 100)
