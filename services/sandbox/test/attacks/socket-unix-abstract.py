# expect-status: ok error
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    s.connect('/run/systemd/private')
    print("ESCAPED")
except OSError:
    pass
