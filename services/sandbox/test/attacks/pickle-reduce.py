# expect-status: ok error
import pickle, os
class Evil:
    def __reduce__(self):
        return (os.system, ('cat /etc/passwd',))
data = pickle.dumps(Evil())
if pickle.loads(data) == 0:
    print("ESCAPED")
