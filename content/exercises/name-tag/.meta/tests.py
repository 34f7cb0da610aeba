import unittest
from student import name_tag


class TestNameTag(unittest.TestCase):
    def test_role_given(self):
        self.assertEqual(name_tag("Grace", "Teacher"), "Grace [Teacher]", 'name_tag("Grace", "Teacher") should be "Grace [Teacher]"')

    def test_default_role(self):
        self.assertEqual(name_tag("Ada"), "Ada [{{role}}]", 'name_tag("Ada") should use the default role and give "Ada [{{role}}]"')

    def test_role_by_keyword(self):
        self.assertEqual(name_tag("Alan", role="Helper"), "Alan [Helper]", 'name_tag("Alan", role="Helper") should be "Alan [Helper]"')

    def test_longer_name(self):
        self.assertEqual(name_tag("Mary Jane"), "Mary Jane [{{role}}]", 'name_tag("Mary Jane") should be "Mary Jane [{{role}}]"')
