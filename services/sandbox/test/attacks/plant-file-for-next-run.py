# expect-status: ok
import os
open('/tmp/planted-by-previous-run', 'w').write('hello')
open('leftover.txt', 'w').write('x')
print("planted")
os.makedirs('/tmp/locked/inner', exist_ok=True)
open('/tmp/locked/inner/secret', 'w').write('x')
os.chmod('/tmp/locked/inner', 0)
os.chmod('/tmp/locked', 0)
