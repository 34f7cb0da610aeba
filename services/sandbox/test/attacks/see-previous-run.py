# expect-status: ok
import os
here = os.path.basename(os.getcwd())
left = [n for n in os.listdir('/tmp') if n != here]
if left:
    print("ESCAPED: saw another run's files", left)
