class Cart:
    def __init__(self):
        self.items = {}

    def add(self, name, price, quantity=1):
        if name in self.items:
            self.items[name]["quantity"] += quantity
        else:
            self.items[name] = {"price": price, "quantity": quantity}

    def remove(self, name):
        if name not in self.items:
            return False
        del self.items[name]
        return True

    def count(self):
        return sum(item["quantity"] for item in self.items.values())

    def total(self):
        return round(sum(item["price"] * item["quantity"] for item in self.items.values()), 2)
