# expect-status: ok error
import os
if os.system('cat /etc/passwd') == 0:
    print("ESCAPED")
