# expect-status: ok error
import socket
try:
    print("ESCAPED", socket.gethostbyname('example.com'))
except OSError as e:
    print("blocked", e)
