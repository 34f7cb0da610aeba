import unittest

import explain


class WarmUpTest(unittest.TestCase):
    def test_every_snippet_raises_the_error_it_is_there_for(self):
        kinds = set()
        for source in explain.WARM_UP:
            with self.assertRaises(Exception, msg=source) as caught:
                exec(compile(source, "warm_up.py", "exec"), {"__name__": "warm_up"})
            kinds.add(type(caught.exception).__name__)
        expected = {"NameError", "TypeError", "IndexError", "KeyError", "AttributeError", "ValueError"}
        expected |= {"ZeroDivisionError", "UnboundLocalError", "ModuleNotFoundError", "FileNotFoundError"}
        expected |= {"SyntaxError", "IndentationError"}
        self.assertEqual(kinds, expected)

    def test_warm_up_never_raises(self):
        explain.warm_up()


if __name__ == "__main__":
    unittest.main()
