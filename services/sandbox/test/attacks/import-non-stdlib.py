# expect-status: error
import requests
print("ESCAPED")
