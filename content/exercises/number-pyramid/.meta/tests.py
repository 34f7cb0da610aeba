import unittest
from student import pyramid


class TestPyramid(unittest.TestCase):
    def test_pyramid_of_three_rows(self):
        self.assertEqual(pyramid(3), ["1", "1 2", "1 2 3"], "pyramid(3) should be ['1', '1 2', '1 2 3']")

    def test_pyramid_of_one_row(self):
        self.assertEqual(pyramid(1), ["1"], "pyramid(1) should be ['1']")

    def test_zero_rows_gives_empty_list(self):
        self.assertEqual(pyramid(0), [], "pyramid(0) should be []")

    def test_last_row_of_five_counts_to_five(self):
        self.assertEqual(pyramid(5)[-1], "1 2 3 4 5", "pyramid(5)[-1] should be '1 2 3 4 5'")
