"""The data layer: where files live, how they are read and checked, and the model they become."""
