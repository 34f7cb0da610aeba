# expect-status: memory error
with open('/tmp/big', 'wb') as f:
    for i in range(400):
        f.write(b'x' * 1024 * 1024)
print("ESCAPED")
