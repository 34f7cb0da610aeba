# expect-status: ok error
import subprocess
try:
    print("ESCAPED", subprocess.run(['/bin/sh', '-c', 'id'], capture_output=True).stdout)
except OSError as e:
    print("blocked", e)
