# expect-status: ok error timeout memory
import threading, time
started = 0
for i in range(1000):
    try:
        threading.Thread(target=time.sleep, args=(10,), daemon=True).start()
        started += 1
    except RuntimeError:
        break
if started >= 200:
    print("ESCAPED: threads", started)
