# expect-status: memory
x = bytearray(500 * 1024 * 1024)
print("ESCAPED", len(x))
