"""Examples of using coach-agent from outside; not part of the installed package."""
