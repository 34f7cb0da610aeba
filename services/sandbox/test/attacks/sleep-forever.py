# expect-status: timeout
import time
time.sleep(100)
print("ESCAPED")
