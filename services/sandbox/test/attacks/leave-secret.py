# expect-status: ok
# Pairs with find-secret-in-frames and find-secret-in-memory: this run's code and output hold a
# marker that no later run may find (another student's program and answer).
secret = "SECRET-" "MARKER-" "7f3 " * 100
result = {"answer": secret}
print(secret)
