"""The DANFE preview dialog: page images, Save and Print."""
