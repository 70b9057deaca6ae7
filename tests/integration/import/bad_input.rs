//! Bad input to a mapped import (issue 22, "Bad input").
